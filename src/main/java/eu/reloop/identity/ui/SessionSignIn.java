package eu.reloop.identity.ui;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

/**
 * Signs the browser's session in as an account that has just proved itself another way (it was opened in this
 * very request, or moved to an address it confirmed), as Spring Security's form login would: a new session id
 * against fixation, and the context saved where the next request's filter chain reads it.
 */
@Component
class SessionSignIn {

    private static final SecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private final SessionRegistry sessions;

    SessionSignIn(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    void as(UserDetails user) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        request.getHttpServletRequest().changeSessionId();
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        REPOSITORY.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        // Registered as form login registers its sessions, so that disabling the account ends this one too.
        sessions.registerNewSession(request.getHttpServletRequest().getSession().getId(), user);
    }
}
