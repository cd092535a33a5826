import { expect, type Locator, type Page } from '@playwright/test';

export type WizardStep = 'applicant' | 'item' | 'situations' | 'materials' | 'confirm';

export interface Party {
  idNumber: string;
  name: string;
  phone: string;
}

/**
 * The walk-in wizard, driven by the keyboard only: F2 opens it, the applicant's fields are typed
 * with Tab between them, Enter / Alt+N go on, Space ticks, Alt+A ticks every material.
 * Alt+Shift+Q abandons the walk-in (after a confirmation naming it).
 */
export class IntakeWizard {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('intake-wizard');
  }

  async start(): Promise<void> {
    await this.page.keyboard.press('F2');
    await this.expectStep('applicant');
  }

  async expectStep(step: WizardStep): Promise<void> {
    await expect(this.root).toHaveAttribute('data-step', step);
  }

  /** The cursor starts in the applicant's ID number; name and phone follow with Tab. */
  async fillApplicant(applicant: Party): Promise<void> {
    await expect(this.page.getByTestId('applicant-id-number')).toBeFocused();
    await this.page.keyboard.type(applicant.idNumber);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(applicant.name);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(applicant.phone);
  }

  /** Tab from the phone to the agent box (past the address), Space ticks it, then the agent's fields. */
  async addAgent(agent: Party): Promise<void> {
    await expect(this.page.getByTestId('applicant-phone')).toBeFocused();
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Space');
    await expect(this.page.getByTestId('has-agent')).toBeChecked();
    await this.page.keyboard.press('Tab'); // agent ID type
    await this.page.keyboard.press('Tab');
    await expect(this.page.getByTestId('agent-id-number')).toBeFocused();
    await this.page.keyboard.type(agent.idNumber);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(agent.name);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(agent.phone);
  }

  async next(): Promise<void> {
    await this.page.keyboard.press('Alt+N');
  }

  /** Types a search (name, code or pinyin) and takes the first hit with Enter. */
  async chooseItem(query: string, expectedName: string): Promise<void> {
    await this.expectStep('item');
    await expect(this.page.getByTestId('item-search')).toBeFocused();
    await this.page.keyboard.type(query);
    await expect(this.page.getByTestId('item-results').locator('[aria-selected="true"]')).toContainText(
      expectedName,
    );
    await this.page.keyboard.press('Enter');
  }

  /** On the situations step: Tab to the n-th question (0 = the focused first) and tick it. */
  async tickSituation(index: number, key: string): Promise<void> {
    await this.expectStep('situations');
    for (let i = 0; i < index; i++) await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Space');
    await expect(this.page.getByTestId(`situation-${key}`)).toBeChecked();
  }

  get materials(): Locator {
    return this.page.getByTestId('materials').locator('.ow-material-row');
  }

  /** Ticks the materials at these positions (0-based) with Tab and Space from the first one. */
  async tickMaterials(positions: readonly number[]): Promise<void> {
    await this.expectStep('materials');
    let at = 0;
    for (const p of [...positions].sort((a, b) => a - b)) {
      for (; at < p; at++) await this.page.keyboard.press('Tab');
      await this.page.keyboard.press('Space');
    }
  }

  async allMaterialsReceived(): Promise<void> {
    await this.expectStep('materials');
    await this.page.keyboard.press('Alt+A');
  }

  get decision(): Locator {
    return this.page.getByTestId('decision');
  }

  async expectDecision(outcome: 'accept' | 'accept-with-tolerance' | 'notify-missing'): Promise<void> {
    await expect(this.decision).toHaveAttribute('data-outcome', outcome);
  }

  /** From the materials step: on to the confirmation, and Enter records the case. Returns its number. */
  async confirm(): Promise<string> {
    await this.next();
    await this.expectStep('confirm');
    await expect(this.page.getByTestId('confirm-intake')).toBeFocused();
    await this.page.keyboard.press('Enter');
    const number = this.page.getByTestId('case-number');
    await expect(number).toHaveText(/^[A-Z0-9]{2,8}-\d{8}-\d{4}$/);
    return (await number.textContent()) ?? '';
  }

  /** 放弃: Alt+Shift+Q, the confirmation names the walk-in, Enter abandons it; back at the workbench. */
  async abandon(named: string): Promise<void> {
    await this.page.keyboard.press('Alt+Shift+Q');
    await expect(this.page.getByTestId('destructive-subject')).toContainText(named);
    await expect(this.page.getByTestId('destructive-ok')).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('workbench')).toBeVisible();
  }

  async waitDraftSaved(): Promise<void> {
    await expect(this.page.getByTestId('draft-saved')).toHaveAttribute('data-saved', 'yes');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test/output/e2e/intake-${name}.png`, fullPage: true });
  }
}
