import type { MessageKind } from '../../../libs/notifications/src/notification-settings.js';

/** The texts of a person's own settings, whatever their role: part of `texts` (texts.ts), as `texts.settings`. */
export const settingsTexts = {
  notifications: {
    title: 'お知らせの受け取り方',
    /** `home`: the name of the person's first screen, where the notifications are (ホーム, やること). */
    inApp: (home: string) => `お知らせは、いつもこのアプリの「${home}」の画面の「お知らせ」に出ます。メールでも受け取るかどうかは、お知らせの種類ごとに選べます。`,
    nothingForRole: (role: string) => `${role}には、届くお知らせがありません。選ぶものはありません。`,
    byEmailTitle: 'メールでも受け取るお知らせ',
    byEmailLead: 'チェックを外した種類は、メールでは届かず、アプリの中だけでお知らせします。',
    byEmail: 'メールでも受け取る',
    kinds: {
      reminder: { name: '期限のお知らせ', when: '提出期限などが近づいたとき' },
      escalation: { name: '期限超過のお知らせ', when: '期限が過ぎたのに済んでいないとき（職員）' },
      caseNews: { name: '案件の動き', when: '受理・差戻し・交付決定など、あなたに関わる案件で何かあったとき' },
      fiscalYearClose: { name: '未精算案件のお知らせ', when: '出納整理期間の前（職員・会計）' },
    } satisfies Record<MessageKind, { name: string; when: string }>,
    digestTitle: 'メールの送り方',
    digest: 'メールを1日1通にまとめる',
    digestHelp: 'メールを1通ずつ送らず、毎日1回、朝にまとめて送ります。アプリの「お知らせ」には、これまでどおりすぐに出ます。',
    save: '保存する',
    saving: '保存しています…',
    saved: 'お知らせの受け取り方を保存しました。これから届くお知らせから、この設定になります。',
    stale: {
      kept: 'あなたが選んだ内容は、画面にそのまま残っています。いまの設定を読み込んで、違いを確かめてください。',
      reload: 'いまの設定を読み込む',
      reloaded: 'いまの設定を読み込みました。',
      changedLead: '別の画面か端末で、次のように変わっていました。',
      nothingChanged: 'この画面の項目には、別の画面か端末で変わったところはありませんでした。',
      next: 'あなたが変えた項目は、あなたの選んだとおりです。確かめて「保存する」を押してください。',
      byEmailNow: (kind: string, byEmail: boolean) => `${kind}: ${byEmail ? 'メールでも受け取る' : 'アプリの中だけ'}`,
      digestNow: (daily: boolean) => `メールの送り方: ${daily ? '1日1通にまとめる' : '1通ずつ送る'}`,
    },
  },
} as const;
