/** 技术特长 of the technicians (ASV-3): the dispatch suggestion ranks by these and the open-job load. */
import { App, Drawer, Flex, List, Select, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { useIsMobile } from '../../../app/useIsMobile';
import { jobsApi, jobsKeys } from './api';

export function SkillsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const techs = useQuery({ queryKey: jobsKeys.technicians, queryFn: () => jobsApi.technicians(), enabled: open });
  const save = useMutation({
    mutationFn: ({ id, skills }: { id: string; skills: string[] }) => jobsApi.setSkills(id, skills),
    onSuccess: () => {
      message.success(t('aftersales.jobs.saved'));
      void queryClient.invalidateQueries({ queryKey: jobsKeys.technicians });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const known = [...new Set((techs.data?.items ?? []).flatMap((x) => x.skills))];
  return (
    <Drawer open={open} onClose={onClose} title={t('aftersales.jobs.skillsTitle')} size={isMobile ? '100%' : 520}>
      <Typography.Paragraph type="secondary">{t('aftersales.jobs.skillsHint')}</Typography.Paragraph>
      <List
        loading={techs.isLoading}
        dataSource={techs.data?.items ?? []}
        renderItem={(x) => (
          <List.Item>
            <Flex vertical gap={6} style={{ width: '100%' }}>
              <Flex justify="space-between"><Typography.Text strong>{x.name}</Typography.Text><Tag>{t('aftersales.jobs.openJobs', { count: x.openJobs })}</Tag></Flex>
              <Select mode="tags" style={{ width: '100%' }} defaultValue={x.skills} options={known.map((k) => ({ value: k, label: k }))}
                onChange={(skills: string[]) => save.mutate({ id: x.id, skills })} />
            </Flex>
          </List.Item>
        )}
      />
    </Drawer>
  );
}
