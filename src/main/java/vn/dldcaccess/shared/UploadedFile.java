package vn.dldcaccess.shared;

import org.springframework.web.multipart.MultipartFile;

import java.util.Optional;

/**
 * What is wrong with an uploaded file before it is read, said to the person: none chosen, chosen but empty
 * (0 byte: a file saved half-way, a shortcut, a download that failed), or too large. An empty file is never
 * answered as if none had been chosen.
 */
public final class UploadedFile {
    private UploadedFile() {
    }

    /** @param what the file asked for ("tệp PDF đã ký"), as the message names it */
    public static Optional<String> problem(MultipartFile file, long maxBytes, Wording what) {
        return problem(file, maxBytes, what.text());
    }

    /** @param what the file asked for, as the message names it (text, for the features not yet worded by key) */
    public static Optional<String> problem(MultipartFile file, long maxBytes, String what) {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
            return Optional.of(Messages.text("shared.uploadedFile.none", what));
        }
        String name = PlainText.line(file.getOriginalFilename(), 120);
        if (file.isEmpty()) {
            return Optional.of(Messages.text("shared.uploadedFile.empty", name, what));
        }
        if (file.getSize() > maxBytes) {
            return Optional.of(Messages.text("shared.uploadedFile.tooLarge", name, maxBytes / (1024 * 1024)));
        }
        return Optional.empty();
    }
}
