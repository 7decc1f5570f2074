import type { Dimension } from '../api/types.js';
import {
  emptyFilters,
  parseView,
  serializeView,
  switchQaTab,
  switchSuggestionsTab,
  switchView,
  type Drill,
  type EscalationChoices,
  type QaChoices,
  type QaTab,
  type SuggestionChoices,
  type SuggestionTab,
  type ViewName,
  type ViewParams,
} from './view-params.js';

/**
 * The view as the address bar holds it. Every change is a history entry, so back and forward walk
 * through filters and drill-downs, and a copied link opens the same view.
 */
export class View {
  params = $state<ViewParams>(parseView(location.search));

  constructor() {
    addEventListener('popstate', () => {
      this.params = parseView(location.search);
    });
  }

  private go(next: ViewParams): void {
    history.pushState(null, '', serializeView(next) || location.pathname);
    this.params = next;
  }

  /** A new window, zone or filter starts the drill-down over on its first page. */
  private refilter(patch: Partial<ViewParams>): void {
    const next = { ...this.params, ...patch };
    if (next.drill) next.drill = { ...next.drill, page: 1 };
    this.go(next);
  }

  /** The address of another page with this window and these filters, for a link that can also be opened apart. */
  linkTo(target: ViewName): string {
    return serializeView(switchView(this.params, target)) || location.pathname;
  }

  showView(target: ViewName): void {
    if (target !== this.params.view) this.go(switchView(this.params, target));
  }

  setEscalations(patch: Partial<EscalationChoices>): void {
    if (this.params.escalations) this.go({ ...this.params, escalations: { ...this.params.escalations, ...patch } });
  }

  /** A step on the QA page; the conversation (an item under review, a transcript) is left unless given. */
  setQa(patch: Partial<QaChoices>, conversation: string | null = null): void {
    if (this.params.qa) this.go({ ...this.params, qa: { ...this.params.qa, ...patch }, conversation });
  }

  showQaTab(tab: QaTab): void {
    if (this.params.qa && tab !== this.params.qa.tab) {
      this.go({ ...this.params, qa: switchQaTab(this.params.qa, tab), conversation: null });
    }
  }

  /** A step on the suggestions page; an open transcript is left unless given. */
  setSuggestions(patch: Partial<SuggestionChoices>, conversation: string | null = null): void {
    if (this.params.suggestions) {
      this.go({ ...this.params, suggestions: { ...this.params.suggestions, ...patch }, conversation });
    }
  }

  showSuggestionsTab(tab: SuggestionTab): void {
    if (this.params.suggestions && tab !== this.params.suggestions.tab) {
      this.go({
        ...this.params,
        suggestions: switchSuggestionsTab(this.params.suggestions, tab),
        conversation: null,
      });
    }
  }

  setRange(from: string | null, to: string | null): void {
    this.refilter({ from, to });
  }

  setZone(tz: string | null): void {
    this.refilter({ tz });
  }

  setFilter(dimension: Dimension, values: string[]): void {
    this.refilter({ filters: { ...this.params.filters, [dimension]: values } });
  }

  clearFilters(): void {
    this.refilter({ filters: emptyFilters() });
  }

  /** Narrows the whole view to one value of a dimension and lists its conversations. */
  drillInto(dimension: Dimension, value: string, drill: Drill): void {
    this.go({ ...this.params, filters: { ...this.params.filters, [dimension]: [value] }, drill, conversation: null });
  }

  openDrill(drill: Drill): void {
    this.go({ ...this.params, drill, conversation: null });
  }

  updateDrill(patch: Partial<Drill>): void {
    if (this.params.drill) this.go({ ...this.params, drill: { ...this.params.drill, ...patch } });
  }

  closeDrill(): void {
    this.go({ ...this.params, drill: null, conversation: null });
  }

  openConversation(id: string): void {
    this.go({ ...this.params, conversation: id });
  }

  closeConversation(): void {
    this.go({ ...this.params, conversation: null });
  }
}
