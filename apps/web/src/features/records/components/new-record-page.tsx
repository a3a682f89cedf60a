// A "new record" page, the same for every kind: one column (phone first), the server's refusals on
// their fields, one submit with an idempotency key made when the page opens (a retry of the same
// submission records once), then the record's own page in the record's year, with the save's
// look-alikes handed over once.
import { Button, Card, Flex, Form, type FormInstance } from 'antd';
import { type ReactNode, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { FormProblems } from '../../../components/form-problems';
import { PageHeader } from '../../../components/page-header';
import { RequestError } from '../../../components/request-error';
import { useFormServerErrors } from '../../../hooks/use-form-server-errors';
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key';
import { linkKeepingYear, searchWithYear } from '../../../lib/year';
import { useRecordOrgUnits } from '../api/shared';
import type { ShownLookAlike } from '../../../lib/look-alikes';

/** What a new record's page is handed by the save: said once, gone on a reload (look-alikes.ts savedLookAlikes reads it). */
export interface SavedState {
  /** The payload's look-alikes, shown on the record's page after the save. */
  readonly lookAlikes: readonly ShownLookAlike[];
}

export interface SavedRecord {
  readonly id: string;
  /** The date that places the record in a year (its start, its signing, …): its page opens there. */
  readonly date: string;
  readonly lookAlikes: readonly ShownLookAlike[];
}

export function NewRecordPage<Values extends object>({
  title,
  description,
  list,
  form,
  fields,
  initialValues,
  save,
  children,
}: {
  readonly title: string;
  readonly description: string;
  /** The list the record belongs to (/records/activities): 取消 goes back there, the record's page is below it. */
  readonly list: string;
  readonly form: FormInstance<Values>;
  /** The form's field names, where the server's refusals land. */
  readonly fields: readonly string[];
  readonly initialValues?: Partial<Values>;
  readonly save: (values: Values, idempotencyKey: string) => Promise<SavedRecord>;
  /** The form's fields. */
  readonly children: ReactNode;
}) {
  const errors = useFormServerErrors(form, fields);
  const idempotencyKey = useIdempotencyKey();
  const [sending, setSending] = useState(false);
  // The fields' unit choices: the same query the route's fields read, asked once.
  const units = useRecordOrgUnits();
  const navigate = useNavigate();
  const [search] = useSearchParams();

  const submit = async (values: Values) => {
    errors.clear();
    setSending(true);
    try {
      const saved = await save(values, idempotencyKey);
      const state: SavedState = { lookAlikes: saved.lookAlikes };
      await navigate(`${list}/${saved.id}?${searchWithYear(search, Number(saved.date.slice(0, 4))).toString()}`, { state });
    } catch (error) {
      errors.show(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <PageHeader title={title} description={description} />
      {units.isError ? <RequestError error={units.error} onRetry={() => void units.refetch()} /> : null}
      <Card size="small">
        <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void submit(values)}>
          <FormProblems problems={errors.problems} />
          {children}
          <Flex gap={8} justify="end">
            <Button onClick={() => void navigate(linkKeepingYear(list, search))}>取消</Button>
            <Button type="primary" htmlType="submit" loading={sending}>
              保存
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
