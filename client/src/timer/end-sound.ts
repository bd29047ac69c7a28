import { LocalFlag } from '../facilitation/local-flag.ts';

/** Whether this screen beeps when the workshop timer ends (a preference of this browser). */
export const timerSound = new LocalFlag('roundtable:timer-sound');

/** Three soft beeps, made on the spot (no sound file to fetch). */
export function playEndSound(): void {
  const AudioContextClass = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!AudioContextClass) return;
  const audio = new AudioContextClass();
  for (let i = 0; i < 3; i++) {
    const start = audio.currentTime + i * 0.35;
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, start);
    gain.gain.exponentialRampToValueAtTime(0.001, start + 0.25);
    tone.connect(gain).connect(audio.destination);
    tone.start(start);
    tone.stop(start + 0.25);
  }
  window.setTimeout(() => void audio.close(), 1500);
}
