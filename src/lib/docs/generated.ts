// The files under docs/ written from code, by path from the project root.
import { nginxBlock } from '../headers/nginx';
import { fieldsPage } from './fields-page';

export const generatedDocs = (): Record<string, string> => ({
  'docs/fields.md': fieldsPage(),
  'docs/nginx.conf': nginxBlock(),
});
