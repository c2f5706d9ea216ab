// The bar's bell (#21, item 7): the chime on or off (off until turned on, remembered), and after a
// first game, the browser's notifications for when this tab is hidden.
import { useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import { mayAskForNotifications, setSoundOn, soundOn } from "./alert-prefs.ts";
import { chime } from "./use-table-alerts.ts";

/** A bell opening to the alert settings; it shows how many things need this person. */
export function AlertsMenu({ count }: { count: number }) {
  // Read once, not on every render of the bar: the table redraws it with each change (#19).
  const [sound, setSound] = useState(soundOn);
  const [askable, setAskable] = useState(mayAskForNotifications);
  const [permission, setPermission] = useState(notificationPermission);
  const ask = async () => {
    await Notification.requestPermission().catch(() => "denied");
    setAskable(mayAskForNotifications());
    setPermission(notificationPermission());
  };
  // Asked again at each opening: the game that made this browser a player may have ended since the page loaded.
  return (
    <details
      class="alerts-menu"
      data-testid="alerts-menu"
      onToggle={(e) => {
        if (!e.currentTarget.open) return;
        setAskable(mayAskForNotifications());
        setPermission(notificationPermission());
      }}
    >
      <summary aria-label={count > 0 ? t("alerts.menuCount", { count }) : t("alerts.menu")}>
        <svg class="alerts-bell" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            d="M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6Zm-2 15a2 2 0 0 0 4 0"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linejoin="round"
          />
        </svg>
        {count > 0 && (
          <span class="alerts-count" aria-hidden="true">
            {count}
          </span>
        )}
      </summary>
      <div class="alerts-panel">
        <p class="alerts-lead">{t("alerts.lead")}</p>
        <label class="alerts-option">
          <input
            type="checkbox"
            checked={sound}
            data-testid="alerts-sound"
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setSoundOn(on);
              setSound(on);
              if (on) chime();
            }}
          />
          {t("alerts.sound")}
        </label>
        {askable ? (
          <button type="button" class="button button-small" onClick={() => void ask()}>
            {t("alerts.notify")}
          </button>
        ) : (
          <p class="alerts-note">
            {permission === "granted"
              ? t("alerts.notifyOn")
              : permission === "denied"
                ? t("alerts.notifyDenied")
                : permission === "unsupported"
                  ? t("alerts.notifyUnsupported")
                  : t("alerts.notifyLater")}
          </p>
        )}
      </div>
    </details>
  );
}

function notificationPermission(): NotificationPermission | "unsupported" {
  return typeof Notification === "undefined" ? "unsupported" : Notification.permission;
}
