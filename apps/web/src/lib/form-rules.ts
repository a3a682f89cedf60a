// antd Form rules that say what the server would say (STYLE 15), in its words.
import type { FormRule } from 'antd';
import { textLength } from './account-rules';

/** A rule from a function that names what is wrong with a text value, or nothing. An empty value is the `required` rule's to refuse. */
export function ruleOf(problem: (value: string) => string | undefined): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value === '') return;
      const found = problem(value);
      if (found !== undefined) throw new Error(found);
    },
  };
}

const longerThan = (label: string, max: number): FormRule =>
  ruleOf((value) => (textLength(value.trim()) > max ? `${label}不能超过 ${max} 个字` : undefined));

/** Text the server requires: not blank once trimmed, at most `max` characters. */
export const requiredText = (label: string, max: number): FormRule[] => [{ required: true, whitespace: true, message: `请填写${label}` }, longerThan(label, max)];

/** Text the server takes or leaves: at most `max` characters. */
export const optionalText = (label: string, max: number): FormRule[] => [longerThan(label, max)];

/** A choice the server requires. */
export const requiredChoice = (what: string): FormRule => ({ required: true, message: `请选择${what}` });
