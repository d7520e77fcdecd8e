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
    public static Optional<String> problem(MultipartFile file, long maxBytes, String what) {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
            return Optional.of("Vui lòng chọn " + what + ".");
        }
        String name = PlainText.line(file.getOriginalFilename(), 120);
        if (file.isEmpty()) {
            return Optional.of("Tệp \"" + name + "\" rỗng (0 byte), không có nội dung. Vui lòng kiểm tra lại tệp rồi "
                    + "chọn lại " + what + ".");
        }
        if (file.getSize() > maxBytes) {
            return Optional.of("Tệp \"" + name + "\" lớn hơn " + (maxBytes / (1024 * 1024)) + " MB.");
        }
        return Optional.empty();
    }
}
