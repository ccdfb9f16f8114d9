package eu.reloop.handin;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.reloop.stamp.CustodyLog;
import eu.reloop.stamp.StampEvent;

/**
 * Appends each step of a handed-in device to the registry's tamper-evident log. A device's subject is its id
 * ({@code HANDIN-<uuid>}), not its hand-in's code: the log is public, and the code is what the owner shows at the
 * counter. The details name sites and certificates, never the owner.
 */
@Component
class Custody {

    private final CustodyLog log;

    Custody(CustodyLog log) {
        this.log = log;
    }

    void record(HandIn handIn, StampEvent step, Map<String, String> details) {
        handIn.devices().forEach(device -> record(device, step, details));
    }

    void record(HandInDevice device, StampEvent step, Map<String, String> details) {
        log.append(subject(device), step, details);
    }

    /** Each device's steps by its id, in one read of the log. */
    Map<UUID, List<CustodyLog.Step>> steps(Collection<HandInDevice> devices) {
        Map<String, List<CustodyLog.Step>> bySubject = log.steps(devices.stream().map(Custody::subject).toList());
        return devices.stream().collect(Collectors.toMap(HandInDevice::id, device -> bySubject.get(subject(device))));
    }

    private static String subject(HandInDevice device) {
        return "HANDIN-" + device.id();
    }
}
