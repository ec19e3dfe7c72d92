// Translate whole sentences, then wrap one value in markup: the sentence is
// rendered with a marker in place of the value and split around it.
export const SLOT = '\u0000';

export function splitAtSlot(sentence: string): [string, string] {
  const index = sentence.indexOf(SLOT);
  if (index < 0 || sentence.indexOf(SLOT, index + 1) >= 0) {
    throw new Error(`expected exactly one slot in "${sentence.replace(SLOT, '{slot}')}"`);
  }
  return [sentence.slice(0, index), sentence.slice(index + 1)];
}
