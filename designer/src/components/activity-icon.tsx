import { activityIconPaths } from './activity-icon-paths';

const fallback = <path d="M8 3.5 12.5 8 8 12.5 3.5 8z" />;

/** The icon a descriptor names (`icon`), or a plain diamond for names this designer does not draw yet. */
export function ActivityIcon({ name, size = 16 }: { name: string | null | undefined; size?: number }) {
  // Own keys only: a name such as `constructor` must not reach Object.prototype.
  const drawn = name && Object.hasOwn(activityIconPaths, name) ? activityIconPaths[name] : undefined;
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={drawn ? name : 'fallback'}
    >
      {drawn ?? fallback}
    </svg>
  );
}
