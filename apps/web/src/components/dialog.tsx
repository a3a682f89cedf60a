// Dialogs. antd's Modal locks the page's scrolling with a <style> its helper library writes without
// the CSP nonce; main.tsx gives every script-made <style> the nonce (lib/csp-nonce.ts), so the lock
// works under our CSP like the rest of antd's styles.
import { Button, Flex, Form, Modal, type ModalProps } from 'antd';
import { type ReactNode, useState } from 'react';
import { useFormServerErrors } from '../hooks/use-form-server-errors';
import { useIdempotencyKey } from '../hooks/use-idempotency-key';
import { FormProblems } from './form-problems';

/** A modal dialog; its content is made afresh each time it opens, and a stray click outside does not close it. */
export function Dialog(props: ModalProps) {
  return <Modal centered destroyOnHidden maskClosable={false} {...props} />;
}

export interface FormDialogProps<Values, Result = unknown> {
  readonly open: boolean;
  readonly title: string;
  /** The submit button's label, a verb: 保存, 撤销, 停用… */
  readonly submitLabel: string;
  /** For what cannot be undone: the submit button is red. */
  readonly danger?: boolean;
  /** The form's top-level field names: a server refusal naming one lands on it. */
  readonly fields: readonly string[];
  readonly initialValues?: Partial<Values>;
  /**
   * Sends the form; a rejection is the server's refusal, shown on the form. The idempotency key is
   * made when the dialog opens, for a creating mutation to carry: a double click or a retry records once.
   */
  readonly onSubmit: (values: Values, opening: { readonly idempotencyKey: string }) => Promise<Result>;
  /** After a successful submission, with what it answered; the dialog closes. */
  readonly onDone?: (result: Result) => void;
  readonly onCancel: () => void;
  /** What the person should know before submitting, above the fields. */
  readonly intro?: ReactNode;
  /** The Form.Items. */
  readonly children?: ReactNode;
}

/**
 * A dialog holding one form with one submit, which calls one mutation (STYLE 13): client rules
 * first, then the server's refusals on their fields. Made afresh on each opening, with a new
 * idempotency key.
 */
export function FormDialog<Values extends object, Result = unknown>(props: FormDialogProps<Values, Result>) {
  return (
    <Dialog open={props.open} title={props.title} onCancel={props.onCancel} footer={null}>
      <FormDialogBody {...props} />
    </Dialog>
  );
}

function FormDialogBody<Values extends object, Result>({ submitLabel, danger, fields, initialValues, onSubmit, onDone, onCancel, intro, children }: FormDialogProps<Values, Result>) {
  const [form] = Form.useForm<Values>();
  const errors = useFormServerErrors(form, fields);
  const idempotencyKey = useIdempotencyKey();
  const [sending, setSending] = useState(false);

  const submit = async (values: Values) => {
    errors.clear();
    setSending(true);
    try {
      const result = await onSubmit(values, { idempotencyKey });
      onDone?.(result);
    } catch (error) {
      errors.show(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void submit(values)} style={{ marginTop: 16 }}>
      {intro}
      <FormProblems problems={errors.problems} />
      {children}
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel}>取消</Button>
        <Button type="primary" danger={danger} htmlType="submit" loading={sending}>
          {submitLabel}
        </Button>
      </Flex>
    </Form>
  );
}
