/**
 * The time the plugin's timed rules go by: outage pauses and refusal refills. One object, so that
 * tests move it forward (`jest.spyOn(clock, 'now')`) instead of waiting in real time. Leases and
 * database timestamps keep the system time: they must agree with other processes.
 */
export const clock = {
  now: (): number => Date.now(),
};
