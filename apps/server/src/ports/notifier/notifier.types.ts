/**
 * Outbound notification channels (rule X-4). In-app notifications live in the database; these
 * channels carry the same notice outside the app: e-mail to one person, or a post to a group
 * through a WeCom (企业微信), DingTalk (钉钉) or Feishu (飞书) custom robot webhook.
 */

/** One notice, already rendered in the recipient's language. */
export interface OutboundMessage {
  /** Short headline: the e-mail subject, the robot message title. */
  title: string;
  /** Plain-text body. */
  text: string;
  /** Absolute URL of the page in Guanjia the notice is about. */
  link?: string;
}

export interface NotificationChannel {
  readonly kind: 'email' | 'wecom' | 'dingtalk' | 'feishu';
  /**
   * Delivers the message; rejects when the platform did not accept it.
   * E-mail needs `to.email`; the robots post to the group their webhook belongs to and ignore `to`.
   */
  send(msg: OutboundMessage, to?: { email?: string }): Promise<void>;
}
