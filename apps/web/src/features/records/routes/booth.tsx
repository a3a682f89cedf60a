// One booth: where it stands, its staffed days of the year (record one, void one), its history, and closing it.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Descriptions, Flex, Form, InputNumber, Result, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { FormDialog } from '../../../components/dialog';
import { FigureList } from '../../../components/figure-list';
import { Notice } from '../../../components/notice';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { RequestError } from '../../../components/request-error';
import { type ListColumn, ResponsiveList } from '../../../components/responsive-list';
import { getFragmentData } from '../../../gql/fragment-masking';
import type { BoothFieldsFragment } from '../../../gql/graphql';
import { useSelectedYear } from '../../../hooks/use-selected-year';
import { formatCount, formatDate } from '../../../lib/format';
import { savedLookAlikes, type ShownLookAlike, readLookAlikes } from '../../../lib/look-alikes';
import { linkKeepingYear } from '../../../lib/year';
import { BoothFieldsFragment as BoothFields, useBooth, useCloseBooth, useRecordBoothSession, useVoidBoothSession } from '../api/booths';
import { useRecordChoices } from '../api/shared';
import { BOOTH_LIMITS, SESSION_FIELDS, type SessionValues, sessionDateProblem, sessionInputOf } from '../booth-form';
import { LookAlikeWarnings } from '../components/look-alike-warnings';
import { RecordHistory } from '../components/record-history';
import { RecordedStamp } from '../components/recorded-stamp';
import { useTouchDateProps } from '../components/touch-date';
import { VoidRecordDialog } from '../components/void-record-dialog';
import { boothKindLabel } from '../record-labels';
import { stateBadge } from './activities';
import { boothState, liveSessions } from './booths';

type Session = BoothFieldsFragment['sessions'][number];
type Dialog = { readonly kind: 'session' | 'close' } | { readonly kind: 'void'; readonly session: Session } | undefined;

export function BoothRoute() {
  const { id = '' } = useParams();
  const [year] = useSelectedYear();
  const [search] = useSearchParams();
  const location = useLocation();
  const found = useBooth(id, year);
  const first = found.data?.booths[0];
  const booth = first ? getFragmentData(BoothFields, first) : undefined;
  const [dialog, setDialog] = useState<Dialog>();
  // Warnings of the booth's opening (from the form's page) or of a session just recorded here.
  const [sessionLookAlikes, setSessionLookAlikes] = useState<readonly ShownLookAlike[]>();
  const back = linkKeepingYear('/records/booths', search);

  if (found.isError) return <RequestError error={found.error} onRetry={() => void found.refetch()} />;
  if (found.isPending) return <PageLoading />;
  if (!booth) {
    return <Result status="404" title="找不到这个服务亭" subTitle={`${year}年在用的服务亭中没有它，或它不在你的权限范围内。可在页首换一个年度再看。`} extra={<Link to={back}>返回服务亭列表</Link>} />;
  }
  const close = () => setDialog(undefined);
  const live = liveSessions(booth);
  const columns: ListColumn<Session>[] = [
    { key: 'date', title: '服务日期', render: (session) => formatDate(session.date) },
    { key: 'volunteers', title: '志愿者', render: (session) => `${formatCount(session.volunteers)} 人` },
    { key: 'served', title: '服务人数', render: (session) => formatCount(session.peopleServed) },
    { key: 'services', title: '服务内容', render: (session) => (session.services.length > 0 ? session.services.join('、') : '—') },
    { key: 'state', title: '状态', render: (session) => (session.voided ? <span>{stateBadge(true)}（{session.voidReason}）</span> : stateBadge(false)) },
  ];

  return (
    <Flex vertical gap={16} style={{ maxWidth: 980 }}>
      <PageHeader
        title={booth.name}
        description={<>{boothKindLabel(booth.kind)} · {formatDate(booth.openedOn)} 启用 · {boothState(booth)}</>}
        extra={
          <>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ kind: 'session' })}>
              登记服务
            </Button>
            {booth.closed ? null : (
              <Button danger onClick={() => setDialog({ kind: 'close' })}>
                停用
              </Button>
            )}
          </>
        }
      />
      <LookAlikeWarnings lookAlikes={sessionLookAlikes ?? savedLookAlikes(location.state)} />
      <Card size="small">
        <FigureList
          figures={[
            { label: `${year}年服务`, value: formatCount(live.length), unit: '次' },
            { label: '服务人数', value: formatCount(live.reduce((sum, session) => sum + session.peopleServed, 0)), unit: '人' },
            { label: '志愿者', value: formatCount(live.reduce((sum, session) => sum + session.volunteers, 0)), unit: '人次' },
          ]}
        />
      </Card>
      <Card size="small">
        <Descriptions column={1} size="small" labelStyle={{ width: 96 }}>
          <Descriptions.Item label="承办单位">{booth.hostPath.join(' / ')}</Descriptions.Item>
          <Descriptions.Item label="街道">{booth.subdistrict}</Descriptions.Item>
          <Descriptions.Item label="位置">{booth.location}</Descriptions.Item>
          <Descriptions.Item label="登记">
            <RecordedStamp id={booth.id} recordedBy={booth.recordedBy} recordedAt={booth.recordedAt} />
          </Descriptions.Item>
          <Descriptions.Item label="编号">{booth.id}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={<h2 style={{ margin: 0, fontSize: 16 }}>{`${year}年的服务`}</h2>}>
        <ResponsiveList<Session>
          label="服务记录"
          rows={booth.sessions}
          rowKey={(session) => session.id}
          columns={columns}
          emptyText={`${year}年还没有登记服务`}
          cardTitle={(session) => formatDate(session.date)}
          actions={(session) =>
            session.voided ? null : (
              <Button size="small" danger onClick={() => setDialog({ kind: 'void', session })} aria-label={`作废 ${formatDate(session.date)} 的服务`}>
                作废
              </Button>
            )
          }
        />
      </Card>
      <RecordHistory id={booth.id} />
      <Link to={back}>返回服务亭列表</Link>
      <RecordSessionDialog open={dialog?.kind === 'session'} booth={booth} onClose={close} onLookAlikes={setSessionLookAlikes} />
      <CloseBoothDialog open={dialog?.kind === 'close'} booth={booth} onClose={close} />
      {dialog?.kind === 'void' ? <VoidSessionDialog booth={booth} session={dialog.session} onClose={close} /> : null}
    </Flex>
  );
}

function RecordSessionDialog({ open, booth, onClose, onLookAlikes }: { readonly open: boolean; readonly booth: BoothFieldsFragment; readonly onClose: () => void; readonly onLookAlikes: (lookAlikes: readonly ShownLookAlike[]) => void }) {
  const record = useRecordBoothSession();
  const choices = useRecordChoices();
  const dateProps = useTouchDateProps();
  return (
    <FormDialog<SessionValues, readonly ShownLookAlike[]>
      open={open}
      title={`登记服务：${booth.name}`}
      submitLabel="保存"
      fields={SESSION_FIELDS}
      initialValues={{ date: dayjs(), services: [] }}
      onCancel={onClose}
      onSubmit={async (values, { idempotencyKey }) => readLookAlikes((await record.mutateAsync({ ...sessionInputOf(booth.id, values), idempotencyKey })).recordBoothSession.lookAlikes)}
      onDone={(lookAlikes) => {
        onLookAlikes(lookAlikes);
        onClose();
      }}
    >
      <Form.Item
        name="date"
        label="服务日期"
        rules={[
          { required: true, message: '请选择服务日期' },
          {
            validator: async (_rule, value: Dayjs | undefined) => {
              const problem = sessionDateProblem(value, booth.openedOn, booth.closedOn);
              if (problem) throw new Error(problem);
            },
          },
        ]}
      >
        <DatePicker {...dateProps} />
      </Form.Item>
      <Form.Item
        name="volunteers"
        label="志愿者人数"
        rules={[{ required: true, message: '请填写志愿者人数' }, { type: 'integer', min: 1, max: BOOTH_LIMITS.volunteersMax, message: `志愿者人数须为 1 至 ${BOOTH_LIMITS.volunteersMax} 之间的整数` }]}
      >
        <InputNumber min={1} max={BOOTH_LIMITS.volunteersMax} precision={0} inputMode="numeric" controls={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="peopleServed"
        label="服务人数"
        rules={[{ required: true, message: '请填写服务人数' }, { type: 'integer', min: 0, max: BOOTH_LIMITS.peopleServedMax, message: `服务人数须为 0 至 ${BOOTH_LIMITS.peopleServedMax} 之间的整数` }]}
      >
        <InputNumber min={0} max={BOOTH_LIMITS.peopleServedMax} precision={0} inputMode="numeric" controls={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="services" label="服务内容" extra="可多选，也可输入新的内容后按回车。" rules={[{ type: 'array', max: BOOTH_LIMITS.servicesMax, message: `服务内容最多填写 ${BOOTH_LIMITS.servicesMax} 项` }]}>
        <Select mode="tags" virtual={false} options={(choices.data?.nameSuggestions.serviceItems ?? []).map((name) => ({ value: name, label: name }))} tokenSeparators={['、', '，', ';']} />
      </Form.Item>
    </FormDialog>
  );
}

function CloseBoothDialog({ open, booth, onClose }: { readonly open: boolean; readonly booth: BoothFieldsFragment; readonly onClose: () => void }) {
  const closeBooth = useCloseBooth();
  const dateProps = useTouchDateProps();
  const lastSession = booth.sessions.filter((session) => !session.voided).at(-1)?.date;
  return (
    <FormDialog<{ readonly closedOn: Dayjs }>
      open={open}
      title={`停用：${booth.name}`}
      submitLabel="确认停用"
      danger
      fields={['closedOn']}
      onCancel={onClose}
      onDone={onClose}
      intro={<Notice type="warning" title="停用后不能再启用" description="停用日期及之前的服务仍可补登；服务亭和它的服务记录都保留在历史中。" />}
      onSubmit={({ closedOn }) => closeBooth.mutateAsync({ id: booth.id, closedOn: closedOn.format('YYYY-MM-DD') })}
    >
      <Form.Item
        name="closedOn"
        label="停用日期"
        rules={[
          { required: true, message: '请选择停用日期' },
          {
            validator: async (_rule, value: Dayjs | undefined) => {
              if (value && value.format('YYYY-MM-DD') < booth.openedOn) throw new Error(`停用日期不能早于启用日期 ${booth.openedOn}`);
              if (value && lastSession && value.format('YYYY-MM-DD') < lastSession) throw new Error(`停用日期不能早于最近一次服务 ${lastSession}`);
            },
          },
        ]}
      >
        <DatePicker {...dateProps} />
      </Form.Item>
    </FormDialog>
  );
}

function VoidSessionDialog({ booth, session, onClose }: { readonly booth: BoothFieldsFragment; readonly session: Session; readonly onClose: () => void }) {
  const voidSession = useVoidBoothSession();
  return <VoidRecordDialog open what={`${formatDate(session.date)}的服务`} onClose={onClose} onVoid={(reason) => voidSession.mutateAsync({ boothId: booth.id, sessionId: session.id, reason })} />;
}

export { BoothRoute as Component };
