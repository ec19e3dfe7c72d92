// Where the glossary lives, beside the guides: its rules as data, and the page
// editors read, generated from them.
export const GLOSSARY_FILE = 'glossary.yaml';
export const GLOSSARY_PAGE = 'GLOSSARY.md';
