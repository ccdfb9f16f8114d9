package eu.reloop.handin;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.reloop.stamp.CustodyLog;
import eu.reloop.stamp.StampEvent;

/**
 * Appends each step of a handed-in device to the registry's tamper-evident log. A device's subject is its hand-in's
 * code and its place in it ({@code HANDIN-4KX9QDM-1}); the details name sites and certificates, never the owner.
 */
@Component
class Custody {

    private final CustodyLog log;

    Custody(CustodyLog log) {
        this.log = log;
    }

    void record(HandIn handIn, StampEvent step, Map<String, String> details) {
        handIn.devices().forEach(device -> record(handIn, device, step, details));
    }

    void record(HandIn handIn, HandInDevice device, StampEvent step, Map<String, String> details) {
        log.append(subject(handIn, device), step, details);
    }

    List<CustodyLog.Step> steps(HandIn handIn, HandInDevice device) {
        return log.steps(subject(handIn, device));
    }

    static String subject(HandIn handIn, HandInDevice device) {
        return "HANDIN-" + handIn.code().value() + "-" + device.position();
    }
}
