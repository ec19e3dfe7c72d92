// Where the content lives. OPTOUT_CONTENT_DIR points a build at another folder
// (tests build broken fixtures; the benchmark builds synthetic guides).
export const contentDir = (): string => process.env['OPTOUT_CONTENT_DIR'] ?? './content';
