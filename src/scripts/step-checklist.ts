// <step-checklist>: a "did this step" checkbox on each step, kept in this browser
// only (localStorage), with a reset button shown once something is ticked. Announced
// through the page's status region.
import { CHECKLIST_KEY, clearGuide, parseChecklist, toggle, type Checklist } from '../lib/guide/checklist';
import { fill } from '../lib/text/fill';
import { announce } from './announce';
import { readStored, store } from './storage';

const load = (): Checklist => parseChecklist(readStored(CHECKLIST_KEY));
const save = (list: Checklist) => store(CHECKLIST_KEY, Object.keys(list).length ? JSON.stringify(list) : null);

class StepChecklist extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector('input')) return;
    const { guide = '', done = '', reset = '', marked = '', unmarked = '', cleared = '', note = '' } = this.dataset;
    const boxes: HTMLInputElement[] = [];
    const button = document.createElement('button');
    const showReset = () => {
      button.hidden = !boxes.some((box) => box.checked);
    };
    for (const step of this.querySelectorAll<HTMLElement>('li.step')) {
      const title = step.dataset['title'] ?? step.id;
      const label = document.createElement('label');
      const box = document.createElement('input');
      label.className = 'step-done no-print';
      box.type = 'checkbox';
      box.value = step.id;
      box.checked = (load()[guide] ?? []).includes(step.id);
      box.addEventListener('change', () => {
        save(toggle(load(), guide, step.id, box.checked));
        showReset();
        announce(fill(box.checked ? marked : unmarked, { title }));
      });
      label.append(box, done);
      step.querySelector('share-actions')?.before(label);
      boxes.push(box);
    }
    const bar = document.createElement('p');
    bar.className = 'checklist-bar no-print';
    button.type = 'button';
    button.className = 'share-button';
    button.textContent = reset;
    button.addEventListener('click', () => {
      save(clearGuide(load(), guide));
      for (const box of boxes) box.checked = false;
      showReset();
      // The button hides itself: focus goes to the first step's box that can be seen, not to the page.
      boxes.find((box) => box.offsetParent)?.focus();
      announce(cleared);
    });
    showReset();
    bar.append(note, ' ', button);
    this.prepend(bar);
  }
}

if (!customElements.get('step-checklist')) customElements.define('step-checklist', StepChecklist);
