import { GraphQLScalarType } from 'graphql';

/** `JSON`: an event's data exactly as stored; output only. */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Arbitrary JSON, as stored in an event',
  serialize: (value) => value,
});
