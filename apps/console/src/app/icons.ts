import {
  ApartmentOutline,
  DashboardOutline,
  DragOutline,
  EditOutline,
  EyeOutline,
  GlobalOutline,
  LeftOutline,
  LockOutline,
  LogoutOutline,
  MenuFoldOutline,
  MenuUnfoldOutline,
  PlusOutline,
  ReloadOutline,
  RightOutline,
  SearchOutline,
  StopOutline,
  TeamOutline,
  UserOutline,
} from '@ant-design/icons-angular/icons';

/**
 * The icons the console's own templates use, bundled so none is fetched at run time
 * (ng-zorro registers those its components use by itself).
 */
export const appIcons = [
  ApartmentOutline,
  DashboardOutline,
  DragOutline,
  EditOutline,
  EyeOutline,
  GlobalOutline,
  LeftOutline,
  LockOutline,
  LogoutOutline,
  MenuFoldOutline,
  MenuUnfoldOutline,
  PlusOutline,
  ReloadOutline,
  RightOutline,
  SearchOutline,
  StopOutline,
  TeamOutline,
  UserOutline,
];
