// The two heaviest tests, each of which runs real bot processes for minutes: one after the other
// in one file (tests in a file run in order), so that they never starve each other, and the rest
// of the suite, of the machine's two cores.
import "./at-scale/crash-recovery.js";
import "./at-scale/webhook-instances.js";
