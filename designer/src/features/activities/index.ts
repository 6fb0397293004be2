export { useActivityDescriptors, activityDescriptorsQueryOptions, getActivityDescriptors } from './api/get-activity-descriptors';
export { nodeOutcomes, failedOutcome } from './lib/outcomes';
export { categoryColor } from './lib/category-color';
export { groupDescriptors, type DescriptorGroup } from './lib/group-descriptors';
