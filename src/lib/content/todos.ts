// The TODO markers `npm run new-guide` writes, found in the text of each file as it
// is read (content/read.ts): drafts.ts decides what they mean for the guide.
import { FILE_FIELD, type Problem } from '../validation/problems';

const TODO_MARKER = /\bTODO\b/;

/**
 * Every line of `text` that holds a TODO, as file:line  field  text. `fieldAt` names the
 * YAML key written on a line; lines from `bodyLine` on are the MDX body.
 */
export function todosIn(text: string, file: string, fieldAt: (line: number) => string | undefined, bodyLine: number): Problem[] {
  const todos: Problem[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    if (!TODO_MARKER.test(content)) return;
    const line = index + 1;
    const shown = content.trim().length > 120 ? `${content.trim().slice(0, 117)}...` : content.trim();
    const field = fieldAt(line) ?? (line < bodyLine ? FILE_FIELD : 'body');
    todos.push({ file, line, field, message: `TODO left: ${shown}` });
  });
  return todos;
}
