/**
 * The playground's admin panel offers Korean besides English (profile → interface language), the
 * two languages the SMS channel ships its strings in.
 */
export default {
  config: {
    locales: ['ko'],
  },
};
