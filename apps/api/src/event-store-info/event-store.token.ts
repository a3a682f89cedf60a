/** Injection token of the EventStore port (libs/event-store), given to AppModule.forRoot. */
export const EVENT_STORE = Symbol('EVENT_STORE');
