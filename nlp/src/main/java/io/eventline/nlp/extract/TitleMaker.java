package io.eventline.nlp.extract;

import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.Quantity;
import io.eventline.nlp.lexicon.Gazetteer;

import java.util.Collection;
import java.util.List;

/** Short human headlines: "Attack in Paris", "France invokes EU Article 42.7", "Police search 128 homes in France". */
final class TitleMaker {

    private final Gazetteer gazetteer;

    TitleMaker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    String title(EventType type, EventStatus status, String state, Collection<String> actors, List<String> locations,
                 Collection<String> countries, List<Quantity> quantities, String object, String beneficiary, String sentence) {
        String place = mostSpecific(locations);
        if (place == null && !countries.isEmpty()) {
            place = countries.iterator().next();
        }
        String who = state != null ? state : firstPerson(actors);
        String in = place == null ? "" : " in " + place;
        boolean planned = status == EventStatus.PLANNED;
        return switch (type) {
            case ATTACK -> "Attack" + in;
            case AIRSTRIKE -> place == null ? (who == null ? "Airstrikes" : who + " airstrikes") : "Airstrikes on " + place;
            case RAID -> {
                Quantity homes = MentionFinder.largest(quantities, "homes");
                yield homes != null ? "Police search " + homes.value() + " homes" + in : "Police raid" + in;
            }
            case ARREST -> {
                Quantity n = MentionFinder.largest(quantities, "arrests");
                yield n != null ? n.value() + " arrested" + in : "Arrests" + in;
            }
            case TREATY_INVOCATION -> (who == null ? "" : who + " ") + (planned ? "to invoke " : "invokes ")
                    + (object == null ? "treaty clause" : object);
            case PLEDGE_OF_SUPPORT -> (who == null ? "Pledge of support" : who + (planned ? " to pledge support" : " pledges support"))
                    + (beneficiary == null || beneficiary.equals(who) ? "" : " for " + beneficiary);
            case MEETING -> {
                List<String> people = people(actors);
                // the one named first in the evidence is the subject ("Hollande will visit ... with Obama")
                people.sort(java.util.Comparator.comparingInt(p -> {
                    int i = sentence.indexOf(p.substring(p.lastIndexOf(' ') + 1));
                    return i < 0 ? Integer.MAX_VALUE : i;
                }));
                if (people.size() >= 2) {
                    // "Francois Hollande meets John Kerry", "Francois Hollande to visit United States"
                    yield planned && place != null ? people.get(0) + " to visit " + place
                            : people.get(0) + (planned ? " to meet " : " meets ") + people.get(1);
                }
                String host = who == null || who.equals(place) ? firstPerson(actors) : who;
                String where = place == null ? "" : (planned ? " to " : " in ") + place;
                yield host == null || host.equals(place) ? (planned ? "Planned meeting" : "Meeting") + (place == null ? "" : " in " + place)
                        : host + (planned ? " to visit" + (place == null ? "" : " " + place) : " meeting" + where);
            }
            case DECLARATION -> who == null
                    ? "Declaration" + (object == null ? "" : " of " + object.replace("itself at war", "war"))
                    : who + (planned ? " to declare " : " declares ") + (object == null ? "" : object);
            case MILITARY_DEPLOYMENT -> (who == null ? "Military deployment" : who + (planned ? " to deploy forces" : " deploys forces"))
                    + (place == null ? "" : " to " + place);
            case LEGISLATIVE_ACTION -> (who == null ? "Vote" : who + (planned ? " to vote" : " vote")) + in;
            case CLAIM_OF_RESPONSIBILITY -> (who == null ? "Claim of responsibility" : who + " claims responsibility");
        };
    }

    private String mostSpecific(List<String> locations) {
        for (String l : locations) {
            String c = gazetteer.countryOf(l);
            if (c != null && !c.equals(l)) {
                return l;
            }
        }
        return locations.isEmpty() ? null : locations.get(0);
    }

    /** Names of the people among the actors ("Name (Role)" rendered), in order. */
    private static List<String> people(Collection<String> actors) {
        List<String> out = new java.util.ArrayList<>();
        for (String a : actors) {
            int paren = a.indexOf(" (");
            if (paren > 0) {
                out.add(a.substring(0, paren));
            }
        }
        return out;
    }

    private static String firstPerson(Collection<String> actors) {
        for (String a : actors) {
            int paren = a.indexOf(" (");
            return paren > 0 ? a.substring(0, paren) : a;
        }
        return null;
    }
}
