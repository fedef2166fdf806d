import { Flex, Spin } from 'antd';

/** Centered spinner for a page or a lazy chunk that is still loading. */
export function PageSpin({ fullScreen = false }: { fullScreen?: boolean }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullScreen ? '100vh' : 240 }}>
      <Spin size="large" />
    </Flex>
  );
}
