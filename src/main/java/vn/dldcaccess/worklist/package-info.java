/**
 * What a person sees of their work: tasks titled with the person and the request's number, a task meant for one
 * person given to that person, and "Hồ sơ của tôi" (every request of theirs, its stage and who holds it now).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Worklist")
package vn.dldcaccess.worklist;
