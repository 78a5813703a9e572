/// <reference lib="webworker" />
// The negotiation worker: the round and the compromise search's scoring, through comlink.
// Separate from the engine worker, so a long search never delays a slider's answer.
import { expose } from 'comlink';
import { negotiationApi } from '../src/lib/model/negotiation';

expose(negotiationApi);
