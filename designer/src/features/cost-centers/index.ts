export { CostCentersPage } from './components/cost-centers-page';
export { CostCenterPicker, type CostCenterPickerProps } from './components/cost-center-picker';
