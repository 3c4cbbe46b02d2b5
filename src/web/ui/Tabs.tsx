import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One tab of a tab list. */
export interface TabItem<T extends string> {
  value: T;
  label: string;
}

/** Props of a controlled tab set whose single visible panel shows `children`. */
export interface TabsProps<T extends string> {
  label: string;
  tabs: readonly TabItem<T>[];
  selected: T;
  onSelect: (value: T) => void;
  children: ReactNode;
}

/**
 * WAI-ARIA tabs with automatic activation: Left/Right arrows move between tabs, Home/End jump to
 * the ends, and only the selected tab is in the Tab order. Every tab has a panel (hidden unless
 * selected) so aria-controls always points at an element.
 */
export function Tabs<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
  children,
}: TabsProps<T>) {
  const baseId = useId();
  const tabRefs = useRef(new Map<T, HTMLButtonElement>());
  const tabId = (value: T) => `${baseId}-tab-${value}`;
  const panelId = (value: T) => `${baseId}-panel-${value}`;

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = tabs.findIndex((tab) => tab.value === selected);
    const lastIndex = tabs.length - 1;
    const nextIndex: Partial<Record<string, number>> = {
      ArrowRight: index === lastIndex ? 0 : index + 1,
      ArrowLeft: index === 0 ? lastIndex : index - 1,
      Home: 0,
      End: lastIndex,
    };
    const target = nextIndex[event.key];
    const next = target === undefined ? undefined : tabs[target];
    if (!next) return;
    event.preventDefault();
    onSelect(next.value);
    tabRefs.current.get(next.value)?.focus();
  }

  return (
    <div className="tabs">
      <div className="tabs__list" role="tablist" aria-label={label}>
        {tabs.map((tab) => {
          const isSelected = tab.value === selected;
          return (
            <button
              key={tab.value}
              ref={(element) => {
                if (element) tabRefs.current.set(tab.value, element);
                else tabRefs.current.delete(tab.value);
              }}
              type="button"
              role="tab"
              id={tabId(tab.value)}
              className="tabs__tab"
              aria-selected={isSelected}
              aria-controls={panelId(tab.value)}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => onSelect(tab.value)}
              onKeyDown={handleKeyDown}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.value}
          role="tabpanel"
          id={panelId(tab.value)}
          className="tabs__panel"
          aria-labelledby={tabId(tab.value)}
          hidden={tab.value !== selected}
          tabIndex={0}
        >
          {tab.value === selected ? children : null}
        </div>
      ))}
    </div>
  );
}
