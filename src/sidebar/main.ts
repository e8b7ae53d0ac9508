/**
 * Entry of the sidebar bundle (inlined into dist/Sidebar.html at the end of
 * <body>, so the elements it needs already exist).
 */
import { startSidebar } from './sidebarApp';

startSidebar();
