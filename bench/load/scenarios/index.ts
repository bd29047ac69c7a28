import type { Scenario, ScenarioId } from './scenario.ts';
import { s1 } from './s1-small-room.ts';
import { s2 } from './s2-big-room.ts';
import { s3 } from './s3-many-rooms.ts';
import { s4 } from './s4-cold-load.ts';
import { s5 } from './s5-saturation.ts';
import { s6 } from './s6-reconnect-storm.ts';
import { s7 } from './s7-idle-memory.ts';

export const SCENARIOS: Record<ScenarioId, Scenario> = { S1: s1, S2: s2, S3: s3, S4: s4, S5: s5, S6: s6, S7: s7 };
