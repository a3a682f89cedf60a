// Entry point of `npm start` (DESIGN §9). The composition lives in runtime/bootstrap.ts.
import 'reflect-metadata';
import { startTracker } from './runtime/bootstrap';

void startTracker();
