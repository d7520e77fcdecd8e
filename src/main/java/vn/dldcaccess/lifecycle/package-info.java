/**
 * Every active account watched for its whole life (letter 2932 §4): the password changed at least once a
 * period, with reminders and escalations when the holder does not confirm it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account lifecycle")
package vn.dldcaccess.lifecycle;
