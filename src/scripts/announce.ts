// One polite status region per page (#share-status, in the layout) for short
// confirmations. Emptied first so that the same message twice is announced twice.
export function announce(message: string): void {
  const status = document.getElementById('share-status');
  if (!status) return;
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = message;
  });
}
