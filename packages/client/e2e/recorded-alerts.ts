// For end-to-end tests of the table's alerts (#21, item 7): what the page would notify and how often
// it would chime, recorded in the page, since a headless browser shows no notification and plays no
// sound, and answers its notification permission with "denied" before anything is asked.
declare global {
  interface Window {
    e2eNotifications: string[];
    e2eChimes: number;
  }
}

/**
 * Runs in the page before its scripts: a Notification that records what it would show (a headless
 * browser shows none, and its permission prompt answers nothing) with the permission kept in the
 * browser's storage as the real one is, and an AudioContext that counts the chimes it is made for.
 */
export function recordNotificationsAndChimes(): void {
  const KEY = "e2e:notification-permission";
  window.e2eNotifications = [];
  window.e2eChimes = 0;
  class RecordedNotification {
    static get permission(): NotificationPermission {
      return (localStorage.getItem(KEY) as NotificationPermission | null) ?? "default";
    }
    static async requestPermission(): Promise<NotificationPermission> {
      localStorage.setItem(KEY, "granted");
      return "granted";
    }
    constructor(title: string) {
      window.e2eNotifications.push(title);
    }
  }
  Object.defineProperty(window, "Notification", { value: RecordedNotification, configurable: true });
  const Real = window.AudioContext;
  window.AudioContext = class extends Real {
    constructor(options?: AudioContextOptions) {
      super(options);
      window.e2eChimes++;
    }
  };
}
