import { useIntl } from 'react-intl';

const isSameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** A time as an inbox shows it: the time of day for today, the date and time before that. */
const useMessageTime = () => {
  const { formatDate, formatTime } = useIntl();

  return (iso: string): string => {
    const date = new Date(iso);
    return isSameDay(date, new Date())
      ? formatTime(date, { hour: 'numeric', minute: '2-digit' })
      : formatDate(date, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
  };
};

export { useMessageTime };
