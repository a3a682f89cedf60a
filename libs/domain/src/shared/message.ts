// Events and commands are readonly `{ type, data }` data, as emmett writes them; these two names
// say which one a type is, and keep each declaration to its type name and its data.

/** A fact that happened, named in the past tense (`ReliefGranted`). */
export type Event<Type extends string, Data> = { readonly type: Type; readonly data: Data };

/** A request to change a record, named in the imperative (`GrantRelief`). */
export type Command<Type extends string, Data> = { readonly type: Type; readonly data: Data };
