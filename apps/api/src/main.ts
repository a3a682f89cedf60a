// Entry point of `npm start` (docs/design.md §9). The composition lives in runtime/bootstrap.ts.
import 'reflect-metadata';
import { startTracker } from './runtime/bootstrap';

void startTracker();
