package app.kindred.clinic;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicRepository extends JpaRepository<Clinic, Long> {

    boolean existsByName(String name);

    java.util.Optional<Clinic> findFirstByName(String name);
}
