// 街道 list commands. The ADMIN sends the whole list; the decider writes what changed.
import type { Command } from '../shared/message';

/** The list as it should stand, in the order people see it; an empty list keeps none (any 街道 is taken). */
export type SetSubdistricts = Command<'SetSubdistricts', { readonly names: readonly string[] }>;

export type SubdistrictListCommand = SetSubdistricts;
