/** True where the browser can keep the reviews in a file the person chooses (File System Access API: Chrome, Edge). */
export const canKeepInFile = (): boolean => typeof (window as { showSaveFilePicker?: unknown }).showSaveFilePicker === 'function';
