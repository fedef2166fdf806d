import { Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import { useAuth } from '../../app/auth';
import { visibleMenu } from '../../app/shell/menu';
import { TIME_ZONE } from '../../app/format';
import { notificationKeys, notificationsApi } from '../api/notifications';
import { MyTasksCard } from '../../process/components/MyTasksCard';

function greetingKey(): string {
  const hour = dayjs().tz(TIME_ZONE).hour();
  if (hour < 6) return 'home.greeting.night';
  if (hour < 12) return 'home.greeting.morning';
  if (hour < 18) return 'home.greeting.afternoon';
  return 'home.greeting.evening';
}

export default function HomePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const unread = useQuery({ queryKey: notificationKeys.unreadCount, queryFn: notificationsApi.unreadCount });
  const links = visibleMenu(me?.permissions ?? [])
    .flatMap((g) => g.items)
    .filter((item) => item.quickLink);
  if (!me) return null;
  const { user } = me;

  return (
    <Flex vertical gap={16}>
      <Card variant="borderless">
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="home-welcome">
          {t(greetingKey(), { name: user.name })}
        </Typography.Title>
        <Flex gap={8} wrap style={{ marginTop: 8 }} align="center">
          <Typography.Text type="secondary">{dayjs().tz(TIME_ZONE).format(t('home.dateFormat'))}</Typography.Text>
          {user.departmentName ? <Tag color="blue">{user.departmentName}</Tag> : null}
          {user.positions.map((p) => (
            <Tag key={p.id}>{p.name}</Tag>
          ))}
        </Flex>
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} md={16}>
          <MyTasksCard />
        </Col>
        <Col xs={24} md={8}>
          <Card variant="borderless" style={{ height: '100%' }}>
            <Link to="/notifications?unread=true">
              <Statistic
                title={t('home.unreadNotifications')}
                value={unread.data?.count ?? 0}
                loading={unread.isPending}
                prefix={<BellOutlined />}
              />
            </Link>
          </Card>
        </Col>
      </Row>

      <Card title={t('home.quickLinks')} variant="borderless">
        <Row gutter={[12, 12]}>
          {links.map((item) => {
            const Icon = item.icon;
            return (
              <Col key={item.path} xs={12} sm={8} lg={6}>
                <Link to={item.path} className="quick-link">
                  <span className="quick-link-icon">{Icon ? <Icon /> : null}</span>
                  <span>{t(item.labelKey)}</span>
                </Link>
              </Col>
            );
          })}
        </Row>
      </Card>
    </Flex>
  );
}
