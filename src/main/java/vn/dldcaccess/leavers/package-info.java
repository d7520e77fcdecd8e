/**
 * Nobody has to remember a leaver (issue 22): the organization source (its file, or the directory) is checked
 * on a schedule; a person gone or marked as left, or moved to another agency or unit, starts the closing of
 * their accounts by itself (Process_SourceChange), which the agency office may correct or cancel; a change that
 * would remove too many people at once waits for an administrator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leavers")
package vn.dldcaccess.leavers;
