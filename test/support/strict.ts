import type { RuleErrorHandler } from '../../src/core/service';

/**
 * Tests check drafts with this handler instead of the production one (which logs a throwing rule and goes on): a rule
 * that throws fails the test that triggered it, so a crashing rule can never pass its `valid` cases by finding nothing.
 */
export const failOnRuleError: RuleErrorHandler = (ruleId, uri, error) => {
  throw new Error(`rule ${ruleId} threw on ${uri}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
};
