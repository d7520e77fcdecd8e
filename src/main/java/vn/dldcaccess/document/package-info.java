/** PDF documents in the official layout (Decree 30/2020/NĐ-CP), stored with their SHA-256 and served for download. */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package vn.dldcaccess.document;
