'use client';

/** The trainer record in localStorage, as a React hook (one store per page). */
import { useSyncExternalStore } from 'react';
import { createLocalStore, type LocalStore } from '../_lib/localStore';
import { parseTrainerRecord, TRAINER_KEY, type TrainerRecord } from '../_lib/storage';

let store: LocalStore<TrainerRecord> | undefined;

/** The trainer store; `knownIds` (the question bank) is fixed by the first call. */
export function trainerStore(knownIds: ReadonlySet<string>): LocalStore<TrainerRecord> {
  store ??= createLocalStore(TRAINER_KEY, (raw) => parseTrainerRecord(raw, knownIds), () => (typeof window === 'undefined' ? undefined : window.localStorage));
  return store;
}

/** Subscribes to the trainer record. */
export function useTrainerRecord(s: LocalStore<TrainerRecord>) {
  return useSyncExternalStore(s.subscribe, s.getSnapshot, s.getServerSnapshot);
}
