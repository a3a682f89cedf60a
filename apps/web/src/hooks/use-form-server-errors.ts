import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { explainError } from '../lib/error-messages';
import { placeServerErrors } from '../lib/form-errors';

export interface FormServerErrors {
  /** What names no field of the form: show it above the form (FormProblems). */
  readonly problems: readonly string[];
  /** Puts a failed submission's refusals on their fields, and the rest in `problems`. */
  readonly show: (error: unknown) => void;
  /** Says something the form itself knows about a refusal (a wrong password names no field). */
  readonly say: (problem: string) => void;
  readonly clear: () => void;
}

/**
 * STYLE 15: the server decides, and its refusal lands on the field it names. A failure that names
 * nothing the person can fix (no connection, no permission) is explained in Chinese above the form.
 */
export function useFormServerErrors(form: FormInstance, fields: readonly string[]): FormServerErrors {
  const [problems, setProblems] = useState<readonly string[]>([]);
  const show = useCallback(
    (error: unknown) => {
      const placed = placeServerErrors(error, fields);
      form.setFields(placed.fields.map((field) => ({ name: [...field.name], errors: [...field.errors] })));
      if (placed.fields.length > 0 || placed.unplaced.length > 0) {
        setProblems(placed.unplaced);
        return;
      }
      const { title, advice } = explainError(error);
      setProblems([`${title}：${advice}`]);
    },
    [form, fields],
  );
  const say = useCallback((problem: string) => setProblems([problem]), []);
  const clear = useCallback(() => setProblems([]), []);
  return { problems, show, say, clear };
}
